import { useQuery } from "@apollo/client/react";
import { useParams } from "react-router";
import { EsplanadeBoutaricPageDocument, ParticipatoryProjectPageDocument } from "../../gql/graphql";
import { Empty, ErrorNotice, Loading, usePageTitle } from "../../ui/status";
import { esplanadeProjectOf } from "./project-choice";
import { ProjectView } from "./project-view";

export const ESPLANADE_TITLE = "Réenchantez l'Esplanade Boutaric";

/**
 * /esplanade-boutaric: the projects at the Esplanade Boutaric (the API has no slug), the one titled
 * « Réenchantez l'Esplanade Boutaric » first, else the oldest; one query, like every public page.
 */
export function EsplanadeBoutaricPage() {
  const { data, error, loading } = useQuery(EsplanadeBoutaricPageDocument);
  const projects = data?.participatoryProjects?.edges.map(({ node }) => node) ?? [];
  const chosen = esplanadeProjectOf(projects);
  usePageTitle(chosen?.title ?? ESPLANADE_TITLE);
  if (loading && !data) return <Loading />;
  return (
    <div className="project-page">
      <h1>{chosen?.title ?? ESPLANADE_TITLE}</h1>
      {chosen ? (
        <ProjectView
          project={chosen}
          error={error}
          path={["participatoryProjects", "edges", projects.indexOf(chosen), "node"]}
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
  return <ProjectPage id={id} />;
}

/** A project's page: its title, then everything ProjectView shows. */
function ProjectPage({ id }: { id: string }) {
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
