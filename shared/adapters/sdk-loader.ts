// The AWS SDK packages other than DynamoDB's load on first use, never at import: each costs ~100 ms of
// a cold start that most invocations do not need. They load by `require`: the SDK is
// CommonJS, and an import() runs Node's export scanner over it first, ~75 ms more even when the same
// package was already required (a Lambda bundle is CommonJS, where esbuild keeps import() as is).
import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/** `loadSdk<typeof import('@aws-sdk/client-s3')>('@aws-sdk/client-s3')`: the package, loaded now. */
export function loadSdk<T>(name: string): T {
  return requireFromHere(name) as T;
}

/** A value made on first use and kept; a failed attempt is not kept, so the next use tries again. */
export function onFirstUse<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () =>
    (made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
}
