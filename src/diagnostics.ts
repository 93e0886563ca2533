import type { Diagnostic, Severity } from "./schema/diagnostic.js";
import { spanOf, type Source } from "./tokenize/source.js";

/** A span of the input by offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface DiagnosticInit {
  ruleId: string;
  message: string;
  severity: Severity;
  span?: Span | null;
  page?: number | null;
}

const FATAL: Record<Severity, boolean | null> = { error: true, warning: false, info: null };

/** Collects diagnostics for one input; every stage reports into the same list. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  constructor(readonly source: Source) {}

  report({ ruleId, message, severity, span = null, page = null }: DiagnosticInit): Diagnostic {
    const place = span ? spanOf(this.source, span.start, span.end) : null;
    const diagnostic: Diagnostic = {
      ruleId,
      source: "gz-gazette",
      severity,
      fatal: FATAL[severity],
      message,
      place,
      line: place?.start.line ?? null,
      column: place?.start.column ?? null,
      page,
    };
    this.list.push(diagnostic);
    return diagnostic;
  }

  error(ruleId: string, message: string, span?: Span | null, page?: number | null): Diagnostic {
    return this.report({ ruleId, message, severity: "error", span, page });
  }

  warn(ruleId: string, message: string, span?: Span | null, page?: number | null): Diagnostic {
    return this.report({ ruleId, message, severity: "warning", span, page });
  }

  info(ruleId: string, message: string, span?: Span | null, page?: number | null): Diagnostic {
    return this.report({ ruleId, message, severity: "info", span, page });
  }
}

/** How many of some diagnostics have a severity. */
export const countOf = (diagnostics: readonly Diagnostic[], severity: Severity): number =>
  diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;

/**
 * The diagnostics in the order of the source, those about the whole input first: the parser reports
 * stage by stage, a reader reads top to bottom. The sort is stable, so equal places keep their order.
 */
export const inSourceOrder = (diagnostics: readonly Diagnostic[]): Diagnostic[] =>
  [...diagnostics].sort((a, b) => (a.place?.start.offset ?? -1) - (b.place?.start.offset ?? -1));
