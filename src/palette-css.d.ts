// CSS written from the palette's TypeScript data by the Vite plugin in vite.config.ts.
declare module 'virtual:palette.css';
