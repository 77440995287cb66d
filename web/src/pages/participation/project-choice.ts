// Which project /esplanade-boutaric shows: the API has no slug, so it is chosen among the projects at the place.

/**
 * The one whose title says « Réenchantez » (any case), else the first (the oldest: the list is sorted by
 * start date); undefined when there is none.
 */
export function esplanadeProjectOf<P extends { title: string }>(projects: readonly P[]): P | undefined {
  return projects.find((project) => project.title.toLowerCase().includes("réenchantez")) ?? projects[0];
}
