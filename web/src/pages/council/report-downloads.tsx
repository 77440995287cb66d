import { useState } from "react";
import { useSession } from "../../auth/session";
import { downloadFileName } from "./council-logic";

/** The files the site server builds (web/server/report-downloads.ts), with the report tool's formatters. */
const DOWNLOADS = [
  { format: "csv", label: "Rapport en CSV", path: "rapport.csv", kind: "rapport", extension: "csv" },
  {
    format: "xlsx",
    label: "Rapport en XLSX (Excel)",
    path: "rapport.xlsx",
    kind: "rapport",
    extension: "xlsx",
  },
  {
    format: "scdl",
    label: "Subventions reçues (SCDL, CSV)",
    path: "subventions-scdl.csv",
    kind: "subventions-scdl",
    extension: "csv",
  },
] as const;

type Status =
  { kind: "busy"; label: string } | { kind: "done"; text: string } | { kind: "failed"; text: string };

/** Saves a blob under a file name, through a link clicked and let go (no token in any URL). */
function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function refusalInWords(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === "string") return body.error;
  } catch {
    // Not the site server's JSON: said below.
  }
  return `Le téléchargement a échoué (erreur ${response.status}).`;
}

/** Buttons CSV / XLSX / SCDL for the range shown: fetched with the session's token, saved as a file. */
export function ReportDownloads({ from, to }: { from: number; to: number }) {
  const { session } = useSession();
  const [status, setStatus] = useState<Status | undefined>();

  const download = async (item: (typeof DOWNLOADS)[number]) => {
    const fileName = downloadFileName(item.kind, from, to, item.extension);
    setStatus({ kind: "busy", label: item.label });
    try {
      const response = await fetch(`/downloads/${item.path}?from=${from}&to=${to}`, {
        headers: session ? { authorization: `Bearer ${session.token}` } : {},
        cache: "no-store",
      });
      if (!response.ok) {
        setStatus({ kind: "failed", text: await refusalInWords(response) });
        return;
      }
      saveBlob(await response.blob(), fileName);
      setStatus({ kind: "done", text: `Fichier ${fileName} téléchargé.` });
    } catch {
      setStatus({
        kind: "failed",
        text: "Le serveur du site ne répond pas. Vérifiez votre connexion, puis réessayez.",
      });
    }
  };

  return (
    <section className="section council-downloads" aria-labelledby="telechargements">
      <h2 id="telechargements">Télécharger le rapport {from === to ? from : `${from}–${to}`}</h2>
      <p className="muted">
        Les fichiers du rapport du Conseil : tous les indicateurs de la période (CSV, classeur Excel avec
        leurs définitions) et les subventions reçues au format SCDL.
      </p>
      <ul className="council-download-buttons">
        {DOWNLOADS.map((item) => (
          <li key={item.format}>
            <button
              type="button"
              className="secondary"
              disabled={status?.kind === "busy"}
              onClick={() => void download(item)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {status?.kind === "busy" && <p role="status">Préparation du fichier « {status.label} »…</p>}
        {status?.kind === "done" && (
          <p className="notice notice-ok" role="status">
            {status.text}
          </p>
        )}
      </div>
      {status?.kind === "failed" && (
        <div className="notice notice-error" role="alert">
          <p>{status.text}</p>
        </div>
      )}
    </section>
  );
}
