/**
 * Listing a Hugging Face hub repository's files with their sizes, so the page can say what a
 * download would fetch and how big it is before fetching anything else. One request to
 * huggingface.co's API; only made after the user switched the hub on.
 */
import type { FileEntry } from '../core/embed/modelFolder';
import { UserError } from '../core/errors';
import { HUB_ORIGIN } from './transformers';

/** "owner/name" (or a bare "name" of an old canonical model): letters, digits, - _ . */
const MODEL_ID = /^[\w.-]+(\/[\w.-]+)?$/;

interface TreeEntry {
  type: string;
  path: string;
  size?: number;
  lfs?: { size?: number };
}

export function checkHubId(id: string): string {
  const clean = id.trim();
  if (!MODEL_ID.test(clean) || clean.includes('..')) {
    throw new UserError(
      'hub-bad-id',
      `“${clean}” is not a model id: write it as owner/name, e.g. Xenova/all-MiniLM-L6-v2.`,
      {
        id: clean,
      },
    );
  }
  return clean;
}

export async function listHubModel(rawId: string): Promise<FileEntry[]> {
  const id = checkHubId(rawId);
  let r: Response;
  try {
    r = await fetch(`${HUB_ORIGIN}/api/models/${id}/tree/main?recursive=true`);
  } catch (e) {
    throw new UserError(
      'hub-unreachable',
      `The Hugging Face hub could not be reached (${e instanceof Error ? e.message : String(e)}).`,
      {
        detail: e instanceof Error ? e.message : String(e),
      },
    );
  }
  if (r.status === 401 || r.status === 404) {
    throw new UserError('hub-model-not-found', `The hub has no public model “${id}”.`, { id });
  }
  if (!r.ok)
    throw new UserError('hub-error', `The hub answered HTTP ${r.status} for “${id}”.`, {
      id,
      status: r.status,
    });
  const tree = (await r.json()) as TreeEntry[];
  // Paths get the id's name as their folder, as a dropped folder's would.
  const name = id.split('/').pop() ?? id;
  return tree
    .filter((e) => e.type === 'file')
    .map((e) => ({ path: `${name}/${e.path}`, size: e.lfs?.size ?? e.size ?? 0 }));
}
