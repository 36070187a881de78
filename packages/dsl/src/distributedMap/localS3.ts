import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/** What a listing says of one object. */
export interface LocalObjectInfo {
  key: string;
  size: number;
  /** The MD5 of the body in quotes, as S3 gives an ETag of a single-part upload. */
  etag: string;
  /** Seconds since the epoch. */
  lastModified: number;
}

/**
 * The S3 a local run reads items from and writes results to; the compiled run on the reference
 * engine uses the same one. A missing bucket or object is an error, as in S3.
 */
export interface LocalS3 {
  get(bucket: string, key: string): Promise<Uint8Array>;
  /** The objects whose keys start with `prefix`, in key order (as ListObjectsV2 returns them). */
  list(bucket: string, prefix: string): Promise<LocalObjectInfo[]>;
  put(bucket: string, key: string, body: string): Promise<void>;
}

/** An S3 error: `name` is S3's error code (NoSuchBucket, NoSuchKey). */
export class LocalS3Error extends Error {
  constructor(code: "NoSuchBucket" | "NoSuchKey", message: string) {
    super(message);
    this.name = code;
  }
}

export function etagOf(body: Uint8Array): string {
  return `"${createHash("md5").update(body).digest("hex")}"`;
}

/** An in-memory S3: `{ bucket: { key: body } }`. Buckets are the top-level keys; writes land in `buckets`. */
export interface MemoryS3 extends LocalS3 {
  readonly buckets: Record<string, Record<string, string | Uint8Array>>;
  /** A written or given object as text. */
  text(bucket: string, key: string): string;
}

export function memoryS3(buckets: Record<string, Record<string, string | Uint8Array>> = {}): MemoryS3 {
  const bucketOf = (bucket: string): Record<string, string | Uint8Array> => {
    const found = Object.hasOwn(buckets, bucket) ? buckets[bucket] : undefined;
    if (!found) throw new LocalS3Error("NoSuchBucket", `The specified bucket does not exist: ${bucket}`);
    return found;
  };
  const bytes = (body: string | Uint8Array): Uint8Array => (typeof body === "string" ? new TextEncoder().encode(body) : body);
  const get = (bucket: string, key: string): Uint8Array => {
    const objects = bucketOf(bucket);
    if (!Object.hasOwn(objects, key)) throw new LocalS3Error("NoSuchKey", `The specified key does not exist: ${key}`);
    return bytes(objects[key]);
  };
  return {
    buckets,
    async get(bucket, key) {
      return get(bucket, key);
    },
    async list(bucket, prefix) {
      const objects = bucketOf(bucket);
      return Object.keys(objects)
        .filter((key) => key.startsWith(prefix))
        .sort(compareKeys)
        .map((key) => {
          const body = bytes(objects[key]);
          return { key, size: body.byteLength, etag: etagOf(body), lastModified: 0 };
        });
    },
    async put(bucket, key, body) {
      bucketOf(bucket)[key] = body;
    },
    text(bucket, key) {
      return new TextDecoder().decode(get(bucket, key));
    },
  };
}

/** A folder as S3: each subfolder is a bucket, each file under it an object whose key is its relative path. */
export function folderS3(root: string): LocalS3 {
  const bucketDir = async (bucket: string): Promise<string> => {
    const dir = join(root, bucket);
    const found = await stat(dir).catch(() => undefined);
    if (!found?.isDirectory() || bucket.includes("/") || bucket.includes(sep)) {
      throw new LocalS3Error("NoSuchBucket", `The specified bucket does not exist: ${bucket}`);
    }
    return dir;
  };
  const files = async (dir: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
  };
  return {
    async get(bucket, key) {
      const dir = await bucketDir(bucket);
      try {
        return new Uint8Array(await readFile(join(dir, ...key.split("/"))));
      } catch {
        throw new LocalS3Error("NoSuchKey", `The specified key does not exist: ${key}`);
      }
    },
    async list(bucket, prefix) {
      const dir = await bucketDir(bucket);
      const keys = (await files(dir)).filter((key) => key.startsWith(prefix)).sort(compareKeys);
      return Promise.all(
        keys.map(async (key) => {
          const path = join(dir, ...key.split("/"));
          const [body, info] = await Promise.all([readFile(path), stat(path)]);
          return { key, size: body.byteLength, etag: etagOf(body), lastModified: Math.floor(info.mtimeMs / 1000) };
        }),
      );
    },
    async put(bucket, key, body) {
      const path = join(await bucketDir(bucket), ...key.split("/"));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, body);
    },
  };
}

/** S3 lists keys in the byte order of their UTF-8 encoding. */
function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
