// The pages' own browser scripts, built by scripts/page-scripts.js.
declare module 'virtual:page-scripts' {
  /** Path of the story page's script below the base path (scripts/page-scripts.js). */
  export const story: string;
  /** Path of the slide deck's script. */
  export const deck: string;
}
