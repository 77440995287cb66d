import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { MemberAreaFiguresDocument, MemberAreaRecordYearDocument } from "../../gql/graphql";
import { errorInWords, fieldErrorsOf } from "../../ui/errors";
import { formatEuros, formatNumber, formatPercentage } from "../../ui/format";
import { Empty, ErrorNotice, Loading, usePageTitle } from "../../ui/status";
import { Field } from "../../ui/field";
import { changePercent, figuresFormOf, readFiguresForm, type FiguresFormValues } from "./member-area-logic";
import { useMemberId } from "./member-area-layout";

const FIELDS: {
  key: keyof FiguresFormValues;
  label: string;
  hint: string;
  inputMode: "numeric" | "decimal";
}[] = [
  {
    key: "year",
    label: "Année",
    hint: "Année civile, pendant laquelle la structure était membre.",
    inputMode: "numeric",
  },
  {
    key: "fte",
    label: "Équivalents temps plein (ETP)",
    hint: "ETP sur l'année, de 0 à 10 000, deux décimales au plus.",
    inputMode: "decimal",
  },
  {
    key: "permanentEmployees",
    label: "Salariés permanents",
    hint: "Nombre entier au 31 décembre, 0 ou plus.",
    inputMode: "numeric",
  },
  {
    key: "budget",
    label: "Budget (€)",
    hint: "Budget de l'année en euros, au centime près.",
    inputMode: "decimal",
  },
  {
    key: "revenue",
    label: "Chiffre d'affaires (€)",
    hint: "Chiffre d'affaires de l'année en euros.",
    inputMode: "decimal",
  },
  {
    key: "equity",
    label: "Fonds propres (€)",
    hint: "Au 31 décembre, en euros ; peuvent être négatifs.",
    inputMode: "decimal",
  },
];

const EMPTY: FiguresFormValues = {
  year: "",
  fte: "",
  permanentEmployees: "",
  budget: "",
  revenue: "",
  equity: "",
};

/** /espace-membre/chiffres: the member's figures by year, and a form to record (or correct) a year. */
export function MemberFiguresPage() {
  usePageTitle("Mes chiffres");
  const memberId = useMemberId();
  const { data, loading, error } = useQuery(MemberAreaFiguresDocument, {
    variables: { memberId },
    fetchPolicy: "cache-and-network",
  });
  const [values, setValues] = useState<FiguresFormValues>(EMPTY);
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof FiguresFormValues, string>>>({});
  const [failure, setFailure] = useState<unknown>();
  const [recorded, setRecorded] = useState<number>();
  const [record, recording] = useMutation(MemberAreaRecordYearDocument, {
    refetchQueries: [MemberAreaFiguresDocument],
    awaitRefetchQueries: true,
  });

  const member = data?.member;
  const figures = [...(member?.figures ?? [])].reverse();
  const serverErrors = fieldErrorsOf(failure);
  const errors = { ...serverErrors, ...clientErrors };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRecorded(undefined);
    setFailure(undefined);
    const { input, errors: found } = readFiguresForm(values);
    setClientErrors(found);
    if (!input) return;
    const result = await record({ variables: { input: { memberId, ...input } } });
    if (result.error || !result.data?.recordMemberYear) {
      setFailure(result.error ?? new Error("no answer"));
      return;
    }
    setRecorded(result.data.recordMemberYear.memberYear.year);
    setValues(EMPTY);
  }

  const set = (key: keyof FiguresFormValues) => (text: string) => {
    setValues((current) => ({ ...current, [key]: text }));
    if (clientErrors[key]) setClientErrors(({ [key]: _dropped, ...rest }) => rest);
  };

  return (
    <>
      <h1>Mes chiffres</h1>
      <p>
        Les chiffres de votre structure, année par année. Ils nourrissent les chiffres consolidés du Pôle
        présentés au conseil ; seuls l'équipe du Pôle, le conseil et vous les voyez.
      </p>
      <section aria-labelledby="chiffres-par-annee">
        <h2 id="chiffres-par-annee">Par année</h2>
        {!data && loading ? (
          <Loading />
        ) : !member ? (
          error ? (
            <ErrorNotice error={error} />
          ) : (
            <Empty>Cette structure n'est pas enregistrée.</Empty>
          )
        ) : member.figures === null || member.figures === undefined ? (
          <ErrorNotice error={error} />
        ) : figures.length === 0 ? (
          <Empty>Aucune année enregistrée : saisissez la première ci-dessous.</Empty>
        ) : (
          <div className="table-wrap member-area-table">
            <table>
              <caption className="muted">
                Chiffres de {member.name}, de la plus récente à la plus ancienne
              </caption>
              <thead>
                <tr>
                  <th scope="col">Année</th>
                  <th scope="col" className="number">
                    ETP
                  </th>
                  <th scope="col" className="number">
                    Salariés permanents
                  </th>
                  <th scope="col" className="number">
                    Budget
                  </th>
                  <th scope="col" className="number">
                    Chiffre d'affaires
                  </th>
                  <th scope="col" className="number">
                    Évolution du CA
                  </th>
                  <th scope="col" className="number">
                    Fonds propres
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {figures.map((year, index) => {
                  const before = figures[index + 1];
                  const change =
                    before?.year === year.year - 1 ? changePercent(before.revenue, year.revenue) : undefined;
                  return (
                    <tr key={year.year}>
                      <th scope="row">{year.year}</th>
                      <td className="number">{formatNumber(year.fte)}</td>
                      <td className="number">{formatNumber(year.permanentEmployees)}</td>
                      <td className="number">{formatEuros(year.budget, true)}</td>
                      <td className="number">{formatEuros(year.revenue, true)}</td>
                      <td
                        className={`number ${change === undefined ? "" : change >= 0 ? "change-up" : "change-down"}`}
                      >
                        {change === undefined ? "—" : `${change > 0 ? "+" : ""}${formatPercentage(change)}`}
                      </td>
                      <td className="number">{formatEuros(year.equity, true)}</td>
                      <td>
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => {
                            setValues(figuresFormOf(year));
                            setClientErrors({});
                            setFailure(undefined);
                            setRecorded(undefined);
                            document.getElementById("chiffres-year")?.focus();
                          }}
                        >
                          Corriger {year.year}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="saisir-une-annee">
        <h2 id="saisir-une-annee">Saisir une année</h2>
        <p className="muted">
          Une année déjà enregistrée est remplacée par la nouvelle saisie. Les montants s'écrivent en euros,
          par exemple 12 500,50.
        </p>
        <form onSubmit={submit} noValidate className="member-area-form" aria-labelledby="saisir-une-annee">
          {FIELDS.map((field) => (
            <Field
              key={field.key}
              id={`chiffres-${field.key}`}
              label={field.label}
              hint={field.hint}
              error={errors[field.key]}
            >
              {(aria) => (
                <input
                  {...aria}
                  name={field.key}
                  inputMode={field.inputMode}
                  autoComplete="off"
                  value={values[field.key]}
                  onChange={(event) => set(field.key)(event.target.value)}
                />
              )}
            </Field>
          ))}
          <div className="form-actions">
            {failure !== undefined && (
              <p className="notice notice-error" role="alert">
                {Object.keys(serverErrors).length > 0
                  ? `L'année n'a pas été enregistrée : ${errorInWords(failure)} Corrigez les champs signalés.`
                  : `L'année n'a pas été enregistrée : ${errorInWords(failure)}`}
              </p>
            )}
            {recorded !== undefined && (
              <p className="notice notice-ok" role="status">
                Les chiffres de {recorded} sont enregistrés.
              </p>
            )}
            <button type="submit" disabled={recording.loading}>
              {recording.loading ? "Enregistrement…" : "Enregistrer l'année"}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
