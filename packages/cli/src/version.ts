import { version } from '../package.json';

/** The version of `@rollout/cli`, as `rollout --version` prints it. */
export const VERSION: string = version;
