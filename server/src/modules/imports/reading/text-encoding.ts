import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

/** How much of a file decides its encoding. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The encoding of a CSV file as Excel and its users save them: a byte order mark says it outright
 * (UTF-8 "with BOM", Excel's "Unicode text" as UTF-16); otherwise the text is UTF-8 if its first
 * 64 KiB are valid UTF-8, and GB18030 if not — what Chinese Excel writes for "CSV (comma
 * delimited)". A character cut at the end of the sniffed part does not count against UTF-8.
 */
export function textEncodingOf(bytes: Buffer): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return isUtf8(withoutCutCharacter(bytes.subarray(0, SNIFF_BYTES), bytes.length > SNIFF_BYTES)) ? 'utf8' : 'gb18030';
}

/** The file as a stream of text, without its byte order mark, decoded piece by piece. */
export function decodedText(bytes: Buffer, encoding: TextEncoding = textEncodingOf(bytes)): NodeJS.ReadableStream {
  return Readable.from(chunksOf(bytes)).pipe(iconv.decodeStream(encoding, { stripBOM: true }));
}

/** A buffer in 64 KiB pieces, so decoding never holds a second copy of the whole file. */
function* chunksOf(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += SNIFF_BYTES) yield bytes.subarray(at, at + SNIFF_BYTES);
}

/** Drops a UTF-8 sequence the sniffing window cut in two (at most 3 bytes of a 4-byte character). */
function withoutCutCharacter(head: Buffer, cut: boolean): Buffer {
  if (!cut) return head;
  for (let back = 1; back <= 3 && back <= head.length; back++) {
    const byte = head[head.length - back];
    if ((byte & 0xc0) === 0xc0) return head.subarray(0, head.length - back); // a lead byte whose sequence ran past the window
    if ((byte & 0xc0) !== 0x80) break; // an ASCII byte: nothing cut
  }
  return head;
}
