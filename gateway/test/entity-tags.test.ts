import { buildSchema, getOperationAST, parse } from "graphql";
import { tagsOfAnswer, tagsToPurge } from "../src/entity-tags";

// The tags the response cache files an answer under, and those a mutation's answer purges, on a small
// schema with what the supergraph has (connections, aliases, fragments) and what it may get (an interface,
// a union).

const schema = buildSchema(`
  type Query { member(id: ID!): Member, members(first: Int): MemberConnection!, search: [Result!]!, thing: Thing }
  type Mutation { updateMember(id: ID!): UpdateMemberPayload }
  type UpdateMemberPayload { member: Member! }
  type Member implements Thing { id: ID!, name: String!, practices: [Practice!]! }
  type Practice implements Thing { id: ID!, title: String! }
  type MemberConnection { totalCount: Int!, edges: [MemberEdge!]! }
  type MemberEdge { node: Member! }
  interface Thing { id: ID! }
  union Result = Member | Practice
`);

const tags = (query: string, data: unknown) => {
  const document = parse(query);
  return [...tagsOfAnswer(schema, document, getOperationAST(document)!, data)].sort();
};

describe("tags of an answer", () => {
  it("names each object by type and id, through aliases and fragments", () => {
    expect(
      tags(`{ m: member(id: "1") { ...M } } fragment M on Member { key: id name practices { id } }`, {
        m: { key: "1", name: "A", practices: [{ id: "p" }] },
      }),
    ).toEqual(["Member", "Member:1", "Practice", "Practice:p", "Practice[]"]);
  });

  it("says when an object's id is not in the answer, and lists a connection's node type even empty", () => {
    expect(
      tags(`{ member(id: "1") { name } members(first: 1) { totalCount } }`, {
        member: { name: "A" },
        members: { totalCount: 0 },
      }),
    ).toEqual(["Member", "Member?", "Member[]", "MemberConnection"].sort());
  });

  it("reads an abstract type's object type from __typename, else counts every possible type", () => {
    expect(
      tags(`{ search { __typename ... on Practice { id title } } }`, {
        search: [{ __typename: "Practice", id: "p", title: "T" }],
      }),
    ).toEqual(["Practice", "Practice:p", "Practice[]", "Member[]"].sort());
    expect(tags(`{ thing { id } }`, { thing: { id: "x" } })).toEqual([
      "Member",
      "Member?",
      "Practice",
      "Practice?",
    ]);
  });
});

describe("tags a mutation's answer purges", () => {
  const purged = (query: string, data: unknown) => {
    const document = parse(query);
    return [...tagsToPurge(schema, document, getOperationAST(document)!, data)].sort();
  };

  it("purges the object, its type's objects without id and its type's lists; the whole type without its id", () => {
    expect(
      purged(`mutation { updateMember(id: "1") { member { id } } }`, {
        updateMember: { member: { id: "1" } },
      }),
    ).toEqual(["Member:1", "Member?", "Member[]", "UpdateMemberPayload"]);
    expect(
      purged(`mutation { updateMember(id: "1") { member { name } } }`, {
        updateMember: { member: { name: "A" } },
      }),
    ).toEqual(["Member", "UpdateMemberPayload"]);
  });
});
