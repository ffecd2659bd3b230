// Every story and language walked in Firefox ESR: see engine-walk.js.
import { walkStories } from './engine-walk.js';

walkStories('firefox');
