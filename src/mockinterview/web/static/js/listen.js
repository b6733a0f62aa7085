// The summary and report pages: every recorded answer plays with its words marked.

import { enablePlayback } from "./playback.js";

enablePlayback();
