export * from "./site-server";
export * from "./build";
