/** A chain's service guide (办事指南): everything an applicant needs, generated from the chain's data. */
export interface ServiceGuide {
  chain: { code: string; name: string; subject: string };
  /** Who may apply, as written in the guide. */
  applicants: string;
  matters: GuideMatter[];
  stages: Array<{ stage: number; matters: Array<{ code: string; name: string; department: string }> }>;
  materials: GuideMaterial[];
  promisedLimit: { days: number; text: string };
  legalLimit: { days: number; text: string; uncappedDays: number; exceeds45: boolean };
  fee: string;
  visits: number;
  situations: Array<{ key: string; question: string }>;
  window: { name: string; address: string; phone: string; hours: string };
  onlineUrl: string;
  metrics: { before: Figures; after: Figures } | null;
  /** Reasons the draft cannot be published yet (empty once publishable). */
  blockers: string[];
}

interface Figures {
  steps: number;
  materials: number;
  fields: number;
  days: number;
  visits: number;
}

/** One matter's standard elements (三级十同) as the guide shows them. */
export interface GuideMatter {
  code: string;
  name: string;
  type: string;
  department: string;
  subject: string;
  legalBasis: string;
  conditions: string;
  steps: string[];
  legalLimit: string;
  promisedLimit: string;
  fee: string;
  result: string;
  visits: number;
  materialCodes: string[];
  /** The FEEL condition under which it applies, when it does not always apply. */
  appliesWhen?: string;
}

/** One entry of the single material list. */
export interface GuideMaterial {
  code: string;
  name: string;
  required: boolean;
  copies: number;
  form: string;
  requiredBy: string[];
  /** 免提交: produced inside the chain, or fetched as an e-licence. */
  exempt: null | { reason: 'produced' | 'e-licence'; text: string };
  rongque: boolean;
  commitment: boolean;
}
