// Imported first by the launcher: refuses an unsupported Node.js with one line, before any other module loads.
import { requireSupportedNode } from "./supported-node";

requireSupportedNode("start");
