import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { requireUuid, PageArgs, pageWindow, toConnection, type SubgraphContext } from "@pole/subgraph-kit";
import { ParticipatoryProjectConnection } from "./participatory-project-connection.type";
import { ParticipatoryProject } from "./participatory-project.entity";
import { participatoryProjectById } from "./participatory-project.loader";

@Resolver(() => ParticipatoryProject)
export class ParticipatoryProjectResolver {
  @Query(() => ParticipatoryProject, {
    nullable: true,
    description: "A participatory project by id; null when there is none.",
  })
  async participatoryProject(
    @Arg("id", () => ID) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<ParticipatoryProject | null> {
    return participatoryProjectById(context).load(requireUuid(id));
  }

  @Query(() => ParticipatoryProjectConnection, {
    description: "Participatory projects, newest first (start date descending), a page at a time.",
  })
  async participatoryProjects(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
  ): Promise<ParticipatoryProjectConnection> {
    const window = pageWindow(page);
    const [rows, total] = await dataSource.getRepository(ParticipatoryProject).findAndCount({
      order: { startsOn: "DESC", id: "ASC" },
      skip: window.offset,
      take: window.limit,
    });
    return toConnection(rows, window, total);
  }
}
