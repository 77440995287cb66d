import { ApolloClient, ApolloLink, HttpLink } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { createCache } from "./type-policies";

/**
 * Queries go as GET, so the gateway's Cache-Control (public pages: `public, max-age`) lets the browser and
 * any HTTP cache keep them; `apollo-require-preflight` is the header the gateway's CSRF protection asks of
 * a GET. Mutations stay POST.
 *
 * The site's Apollo Client: one per session (a new sign-in starts an empty cache, so nothing one viewer
 * read is shown to the next). French messages (Accept-Language), the bearer token when signed in, and
 * `errorPolicy: "all"` so a page shows what arrived when a part of the graph did not answer.
 */
export function createApolloClient(gatewayUrl: string, token: string | undefined): ApolloClient {
  const headers = new SetContextLink(({ headers: current }) => ({
    headers: {
      ...current,
      "accept-language": "fr",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  }));
  return new ApolloClient({
    link: ApolloLink.from([
      headers,
      new HttpLink({
        uri: gatewayUrl,
        useGETForQueries: true,
        headers: { "apollo-require-preflight": "true" },
        // A signed-in answer is `private, max-age=60`: kept by the browser, it would show a member the
        // figures from before the year they just recorded. Public answers stay cacheable.
        fetchOptions: token ? { cache: "no-store" } : undefined,
      }),
    ]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { errorPolicy: "all" },
      query: { errorPolicy: "all" },
      mutate: { errorPolicy: "all" },
    },
  });
}
