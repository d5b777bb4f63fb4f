/** The explorer speaks only GraphQL, to the API that served it: it works the same on either store. */

export class ApiError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

export async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: text, variables }),
    });
  } catch {
    throw new ApiError("The GraphExplorer API cannot be reached. Is the server running?", "UNREACHABLE");
  }

  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} without a GraphQL response.`, "BAD_RESPONSE");
  }

  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions?.code ?? "ERROR");
  }

  return body.data as T;
}

export interface EntitySummary { id: string; name: string; kind: string; aliases: string[] }

export interface RelationshipData {
  id: string;
  type: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  evidence: string | null;
  basis: Basis | null;
  basisNote: string | null;
  reportedOn: string | null;
  reportedOnPrecision: DatePrecision | null;
  validFrom: string | null;
  validFromPrecision: DatePrecision | null;
  validTo: string | null;
  validToPrecision: DatePrecision | null;
  status: string;
  properties: Record<string, unknown>;
  items: { id: string; name: string }[];
  source: { id: string; title: string; publisher: string | null; publishedOn: string | null; publishedOnPrecision: DatePrecision | null; url: string | null } | null;
}

export type Basis = "STATED" | "IMPLIED" | "OUTSIDE";
export type DatePrecision = "DAY" | "WEEK" | "MONTH" | "YEAR";

export interface PathData { nodes: EntitySummary[]; relationships: RelationshipData[] }

export const entityFields = "id name kind aliases";
export const relationshipFields =
  "id type from { id name } to { id name } evidence basis basisNote reportedOn reportedOnPrecision validFrom validFromPrecision " +
  "validTo validToPrecision status properties items { id name } source { id title publisher publishedOn publishedOnPrecision url }";
export const pathFields = `nodes { ${entityFields} } relationships { ${relationshipFields} }`;
