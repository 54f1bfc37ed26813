export * from "./hardware.js";
