/** Types of snapshot.mjs (for TypeScript importers such as test/wat_snapshot.test.ts). */
export declare const SNAPSHOT_BUILDS: readonly string[];
export declare const HOT_FUNCTIONS: readonly string[];
export declare function watPath(build: string): string;
export declare function snapshotPath(build: string): string;
export declare function hotFunctions(wat: string): string;
