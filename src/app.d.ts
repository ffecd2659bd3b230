declare global {
  namespace App {}
}
declare module 'virtual:page-scripts' {
  /** Path of the story page's script below the base path (scripts/page-scripts.js). */
  export const story: string;
}

export {};
