import type { ReactNode } from "react";

/**
 * One labelled input of the member's forms, with its hint and, when refused, its message: aria-invalid and
 * aria-describedby point to the `<p className="field-error">` beside it.
 */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (aria: { id: string; "aria-invalid"?: "true"; "aria-describedby"?: string }) => ReactNode;
}) {
  const errorId = `${id}-erreur`;
  const hintId = `${id}-aide`;
  const describedBy = [error ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(error ? { "aria-invalid": "true" as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {hint && (
        <p className="muted field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
