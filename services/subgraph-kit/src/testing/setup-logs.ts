// Jest set-up of every project: quiet in-process logs (see quietTestLogs).
import { quietTestLogs } from "./logs";

quietTestLogs();
