// Every story and language walked in WebKitGTK (the engine family of Safari): see engine-walk.js.
import { walkStories } from './engine-walk.js';

walkStories('webkit');
