/**
 * Byte sources for the streaming readers. A browser `File.stream()` (a ReadableStream), a Node
 * `fs.createReadStream()` (an async iterable of Buffers), an array of chunks or one Uint8Array all
 * feed the same readers. Only structural types here: `src/core` must not depend on DOM typings.
 */

/** The part of a WHATWG ReadableStream the readers use (some browsers lack async iteration). */
export interface ReadableStreamLike {
  getReader(): {
    read(): Promise<{ done: boolean; value?: Uint8Array }>;
    cancel(reason?: unknown): Promise<void>;
    releaseLock(): void;
  };
}

export type ByteSource = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array> | ReadableStreamLike;

/** What `AbortSignal` offers, structurally. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new Error('The operation was aborted.');
}

function isReadableStream(s: unknown): s is ReadableStreamLike {
  return typeof s === 'object' && s !== null && typeof (s as ReadableStreamLike).getReader === 'function';
}

async function* fromReadableStream(stream: ReadableStreamLike): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      if (value && value.length > 0) yield value;
    }
  } finally {
    // Leaving early (limit reached, error, abort) cancels the stream so the browser stops reading
    // the file.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * One async iterator over any ByteSource. Breaking out of `for await` over it closes the
 * underlying stream (Node streams are destroyed, ReadableStreams cancelled): that is how the
 * readers stop reading a 3.6 GB file after the first N words.
 */
export async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    if (source.length > 0) yield source;
    return;
  }
  if (isReadableStream(source)) {
    yield* fromReadableStream(source);
    return;
  }
  if (Symbol.asyncIterator in source) {
    for await (const c of source as AsyncIterable<Uint8Array>) if (c.length > 0) yield c;
    return;
  }
  for (const c of source as Iterable<Uint8Array>) if (c.length > 0) yield c;
}

/** Splits bytes into chunks of `size` bytes (views, no copy); for tests and in-memory inputs. */
export function* splitBytes(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, Math.min(bytes.length, i + size));
}

/** Concatenates chunks into one Uint8Array. */
export function concatBytes(chunks: Iterable<Uint8Array>): Uint8Array {
  const list = Array.from(chunks);
  let n = 0;
  for (const c of list) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of list) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * A growable byte window over a chunk stream: `buf[start, end)` holds unread bytes and `base` is
 * the file offset of `buf[0]`, so `base + i` is the absolute byte offset of `buf[i]` (used in
 * error messages). Bytes are copied into one reused buffer so records that straddle chunk
 * boundaries are contiguous; the copy costs far less than parsing.
 */
export class ByteWindow {
  buf: Uint8Array;
  start = 0;
  end = 0;
  base = 0;
  eof = false;
  private readonly it: AsyncIterator<Uint8Array>;
  private readonly onProgress?: (bytesRead: number) => void;
  private readonly signal?: AbortSignalLike;
  bytesRead = 0;

  constructor(
    source: ByteSource,
    opts: { onProgress?: (bytesRead: number) => void; signal?: AbortSignalLike; initialSize?: number } = {},
  ) {
    this.it = chunksOf(source)[Symbol.asyncIterator]();
    this.onProgress = opts.onProgress;
    this.signal = opts.signal;
    this.buf = new Uint8Array(opts.initialSize ?? 1 << 16);
  }

  /** Unread byte count. */
  get available(): number {
    return this.end - this.start;
  }

  /** Absolute file offset of `buf[i]`. */
  offset(i: number): number {
    return this.base + i;
  }

  /**
   * Appends the next chunk; returns false at end of input. Moves unread bytes to the front first
   * and grows the buffer (doubling) when the chunk does not fit, so `start`/`end` indices change:
   * callers must re-read them after `fill()`.
   */
  async fill(): Promise<boolean> {
    if (this.eof) return false;
    throwIfAborted(this.signal);
    const r = await this.it.next();
    if (r.done) {
      this.eof = true;
      return false;
    }
    const chunk = r.value;
    this.bytesRead += chunk.length;
    const unread = this.end - this.start;
    if (this.start > 0 && this.end + chunk.length > this.buf.length) {
      this.buf.copyWithin(0, this.start, this.end);
      this.base += this.start;
      this.start = 0;
      this.end = unread;
    }
    if (this.end + chunk.length > this.buf.length) {
      let size = this.buf.length;
      while (size < this.end + chunk.length) size *= 2;
      const bigger = new Uint8Array(size);
      bigger.set(this.buf.subarray(0, this.end));
      this.buf = bigger;
    }
    this.buf.set(chunk, this.end);
    this.end += chunk.length;
    this.onProgress?.(this.bytesRead);
    return true;
  }

  /** Stops reading: closes the underlying stream. */
  async close(): Promise<void> {
    if (!this.eof) {
      this.eof = true;
      await this.it.return?.();
    }
  }
}
