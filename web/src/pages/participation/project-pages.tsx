import { useQuery } from "@apollo/client/react";
import { useParams } from "react-router";
import { EsplanadeBoutaricPageDocument, ParticipatoryProjectPageDocument } from "../../gql/graphql";
import { Empty, ErrorNotice, Loading, usePageTitle } from "../../ui/status";
import { esplanadeProjectOf } from "./project-choice";
import { ProjectView } from "./project-view";

export const ESPLANADE_TITLE = "Réenchantez l'Esplanade Boutaric";

/**
 * /esplanade-boutaric: the projects at the Esplanade Boutaric (the API has no slug), the one titled
 * « Réenchantez l'Esplanade Boutaric » first, else the oldest; read in full by its id (one query for all of
 * them in full would pass the gateway's cost limit).
 */
export function EsplanadeBoutaricPage() {
  const { data, error, loading } = useQuery(EsplanadeBoutaricPageDocument);
  const chosen = esplanadeProjectOf(data?.participatoryProjects?.edges.map(({ node }) => node) ?? []);
  usePageTitle(chosen?.title ?? ESPLANADE_TITLE);
  if (loading && !data) return <Loading />;
  if (chosen) return <ProjectPage id={chosen.id} title={chosen.title} />;
  return (
    <div className="project-page">
      <h1>{ESPLANADE_TITLE}</h1>
      {error ? (
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
  return <ProjectPage id={id} />;
}

/** A project's page: its title, then everything ProjectView shows; `title` while it loads, when known. */
function ProjectPage({ id, title }: { id: string; title?: string }) {
  const { data, error, loading } = useQuery(ParticipatoryProjectPageDocument, { variables: { id } });
  const project = data?.participatoryProject;
  usePageTitle(project?.title ?? title ?? "Projet participatif");
  if (loading && !data) return <Loading />;
  return (
    <div className="project-page">
      <h1>{project?.title ?? title ?? "Projet participatif"}</h1>
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
