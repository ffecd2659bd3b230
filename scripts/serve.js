// `npm start` → build, then serve build/ and print the URL.
import { serve } from './static-server.js';

const port = Number(process.env.PORT ?? 4173);
const { url } = await serve('build', port);
console.log(`\n  Site ready: ${url}  (English: ${url}en/)\n  Press Ctrl+C to stop.\n`);
