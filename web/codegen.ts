// `npm run -w web codegen`: the operations of src/**/*.graphql typed against schema/api.graphql, into
// src/gql/ (committed; web/test/operations.test.ts fails when it is out of date).
import type { CodegenConfig } from "@graphql-codegen/cli";

export const WEB_CODEGEN: CodegenConfig = {
  schema: "../schema/api.graphql",
  documents: ["src/**/*.graphql"],
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { LocalDate: "string", DateTimeISO: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default WEB_CODEGEN;
