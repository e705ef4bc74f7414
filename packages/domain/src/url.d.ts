// The WHATWG URL class exists in every runtime Berth targets (Node and browsers); the domain
// package compiles without DOM or Node typings to keep IO out, so declare just what it uses.
declare class URL {
  constructor(input: string);
  readonly protocol: string;
  readonly hostname: string;
}
