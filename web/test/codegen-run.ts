// Prints what `npm run codegen` would write into web/src/gql/ (file name → content, JSON), without writing
// it: the check that the committed generated types are the schema's and the operations' of today. A script
// of its own, since the codegen CLI's ESM dependencies load in Node, not in jest.
import { generate } from "@graphql-codegen/cli";
import { join, relative } from "node:path";
import { WEB_CODEGEN } from "../codegen";
import { WEB_ROOT } from "../server/build";

process.chdir(WEB_ROOT);
generate({ ...WEB_CODEGEN, silent: true }, false).then(
  (outputs: { filename: string; content: string }[]) => {
    const files = Object.fromEntries(
      outputs.map((output) => [relative(WEB_ROOT, join(WEB_ROOT, output.filename)), output.content]),
    );
    process.stdout.write(JSON.stringify({ files }));
  },
  (error: Error) => process.stdout.write(JSON.stringify({ error: error.message })),
);
