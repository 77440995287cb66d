/**
 * Every service engagement — one member's use of one service — as rows of one SQL relation built from the
 * records of each service. Nothing is stored twice: the specialised tables are the truth, this is their
 * common view. Columns: kind, category, source_id, member_id, title, occurred_on, year, hours,
 * member_amount_cents, public_amount_cents, savings_cents.
 *
 * - a commercial action counts once per participant, on its first day;
 * - a collaboration counts once for each of its two members, on its first day (no price: no savings);
 * - an office lease counts once per calendar year it is in force while its tenant is a member (a lease
 *   signed before the tenant joined, as the first enterprises' of 2007–2010, counts from the joining day);
 *   its amounts are the monthly rents times the months of that year it covers as a member's lease, a month
 *   counting when it covers at least one of its days;
 * - a booking counts on its day (Paris time), its hours being its length;
 * - a group purchase counts once per participant, on the order date;
 * - a consulting session and a training attendance count on their day, with their hours.
 *
 * Savings are the public price less the member price, 0 where no public price applies. PostgreSQL pushes a
 * `WHERE` on the outer query into each branch, so filtering by member or year stays cheap.
 */
export const ENGAGEMENTS_SQL = `
  SELECT e.kind, e.category, e.source_id, e.member_id, e.title, e.occurred_on::text AS occurred_on, e.year,
         e.hours, e.member_amount_cents, e.public_amount_cents,
         CASE WHEN e.public_amount_cents IS NULL THEN 0
              ELSE e.public_amount_cents - coalesce(e.member_amount_cents, 0) END AS savings_cents
    FROM (
      SELECT 'COMMERCIAL_ACTION' AS kind, 'POOLED_COMMERCIAL_ACTION' AS category, p.id AS source_id,
             p.member_id, a.title, a.starts_on AS occurred_on, extract(year FROM a.starts_on)::int AS year,
             p.hours::float8 AS hours, p.contribution_cents AS member_amount_cents,
             p.public_value_cents AS public_amount_cents
        FROM commercial_action_participant p
        JOIN commercial_action a ON a.id = p.action_id
      UNION ALL
      SELECT 'COLLABORATION', 'ECONOMIC_COLLABORATION', c.id, side.member_id, c.title, c.starts_on,
             extract(year FROM c.starts_on)::int, NULL, NULL, NULL
        FROM collaboration c
        CROSS JOIN LATERAL (VALUES (c.lead_member_id), (c.partner_member_id)) AS side(member_id)
      UNION ALL
      SELECT 'OFFICE_LEASE', 'POOLED_RESOURCES', l.id, l.member_id, l.room,
             greatest(t.starts_on, make_date(y.year, 1, 1)), y.year, NULL,
             l.monthly_rent_cents * m.months, l.public_monthly_rent_cents * m.months
        FROM office_lease l
        JOIN member tenant ON tenant.id = l.member_id
        -- The part of the lease during which its tenant is a member.
        CROSS JOIN LATERAL (
          SELECT greatest(l.starts_on, tenant.joined_on) AS starts_on, least(l.ends_on, tenant.left_on) AS ends_on
        ) AS t
        CROSS JOIN LATERAL generate_series(extract(year FROM t.starts_on)::int,
                                           extract(year FROM coalesce(t.ends_on, current_date))::int) AS y(year)
        -- The months of year y the lease covers a day of: from the month it starts in (January if
        -- earlier) to the month it ends in (December if later or open), by arithmetic rather than a
        -- 12-row series per lease and year, which was most of the annual reports' time on large data.
        CROSS JOIN LATERAL (
          SELECT (extract(month FROM least(coalesce(t.ends_on, make_date(y.year, 12, 31)), make_date(y.year, 12, 31)))
                  - extract(month FROM greatest(t.starts_on, make_date(y.year, 1, 1))) + 1)::int AS months
        ) AS m
       WHERE t.starts_on <= coalesce(t.ends_on, 'infinity'::date)
      UNION ALL
      SELECT 'BOOKING', 'POOLED_RESOURCES', b.id, b.member_id, r.name,
             (b.starts_at AT TIME ZONE 'Europe/Paris')::date,
             extract(year FROM b.starts_at AT TIME ZONE 'Europe/Paris')::int,
             extract(epoch FROM b.ends_at - b.starts_at)::float8 / 3600,
             b.member_amount_cents, b.public_amount_cents
        FROM booking b
        JOIN shared_resource r ON r.id = b.resource_id
      UNION ALL
      SELECT 'GROUP_PURCHASE', 'POOLED_RESOURCES', p.id, p.member_id, g.title, g.ordered_on,
             extract(year FROM g.ordered_on)::int, NULL, p.amount_cents, p.public_amount_cents
        FROM group_purchase_participant p
        JOIN group_purchase g ON g.id = p.purchase_id
      UNION ALL
      SELECT 'CONSULTING_SESSION', 'TAILORED_CONSULTING', s.id, s.member_id, s.topic, s.held_on,
             extract(year FROM s.held_on)::int, s.hours::float8, s.member_amount_cents, s.public_amount_cents
        FROM consulting_session s
      UNION ALL
      SELECT 'TRAINING', 'CUSTOM_TRAINING', a.id, a.member_id, t.title, s.held_on,
             extract(year FROM s.held_on)::int, s.hours::float8, a.member_amount_cents, a.public_amount_cents
        FROM training_attendance a
        JOIN training_session s ON s.id = a.session_id
        JOIN training t ON t.id = s.training_id
    ) AS e`;

/** A row of {@link ENGAGEMENTS_SQL} as `pg` returns it (bigint sums as strings). */
export interface EngagementRow {
  kind: string;
  category: string;
  source_id: string;
  member_id: string;
  title: string;
  occurred_on: string;
  year: number;
  hours: number | null;
  member_amount_cents: string | null;
  public_amount_cents: string | null;
  savings_cents: string;
}
