import { useQuery } from "@apollo/client/react";
import { useParams } from "react-router";
import { EsplanadeBoutaricPageDocument, ParticipatoryProjectPageDocument } from "../../gql/graphql";
import { Empty, ErrorNotice, Loading, usePageTitle } from "../../ui/status";
import { ProjectView } from "./project-view";

export const ESPLANADE_TITLE = "Réenchantez l'Esplanade Boutaric";

/**
 * /esplanade-boutaric: the projects at the Esplanade Boutaric (the API has no slug), the one titled
 * « Réenchantez l'Esplanade Boutaric » first, else the oldest.
 */
export function EsplanadeBoutaricPage() {
  const { data, error, loading } = useQuery(EsplanadeBoutaricPageDocument);
  const edges = data?.participatoryProjects?.edges ?? [];
  const index = Math.max(
    0,
    edges.findIndex(({ node }) => node.title.toLowerCase().includes("réenchantez")),
  );
  const project = edges[index]?.node;
  usePageTitle(project?.title ?? ESPLANADE_TITLE);
  if (loading && !data) return <Loading />;
  return (
    <div className="project-page">
      <h1>{project?.title ?? ESPLANADE_TITLE}</h1>
      {project ? (
        <ProjectView
          project={project}
          error={error}
          path={["participatoryProjects", "edges", index, "node"]}
        />
      ) : error ? (
        <ErrorNotice error={error} />
      ) : (
        <Empty>Le projet participatif de l'Esplanade Boutaric n'est pas encore publié.</Empty>
      )}
    </div>
  );
}

/** /participation/:id: any participatory project. */
export function ParticipatoryProjectPage() {
  const { id = "" } = useParams();
  const { data, error, loading } = useQuery(ParticipatoryProjectPageDocument, { variables: { id } });
  const project = data?.participatoryProject;
  usePageTitle(project?.title ?? "Projet participatif");
  if (loading && !data) return <Loading />;
  return (
    <div className="project-page">
      <h1>{project?.title ?? "Projet participatif"}</h1>
      {project ? (
        <ProjectView project={project} error={error} path={["participatoryProject"]} />
      ) : error ? (
        <ErrorNotice error={error} />
      ) : (
        <Empty>Ce projet participatif n'existe pas ou n'est plus publié.</Empty>
      )}
    </div>
  );
}
