import type { BuildOptions } from 'esbuild';

/** The esbuild configuration of dist/. */
export declare const buildOptions: BuildOptions;
