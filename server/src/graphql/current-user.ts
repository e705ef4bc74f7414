import { createParameterDecorator } from 'type-graphql';
import type { AppContext } from './context';
import { viewerFrom } from './context';

/** Injects the signed-in viewer (id, role, department path) into a resolver argument. */
export function CurrentViewer() {
  return createParameterDecorator<AppContext>(({ context }) => viewerFrom(context));
}
