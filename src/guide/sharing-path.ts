/**
 * The help page on sharing information (issue 14 §3) lives under the guide's path, so the guide can
 * link to it from its questions without knowing the app's route table; src/app/routes.ts serves it.
 */
export const SHARING_PATH = '/gids/informatie-delen';
export const SHARING_HREF = `#${SHARING_PATH}`;
