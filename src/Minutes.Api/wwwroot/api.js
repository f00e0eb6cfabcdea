// Calls to the Minutes Search API. Errors become ApiError with a Danish message for the page to show.

export class ApiError extends Error {
  constructor(message, status, detail) {
    super(message);
    this.status = status;
    this.detail = detail;
  }
}

const messages = {
  400: 'Forespørgslen kunne ikke læses.',
  404: 'Det blev ikke fundet. Måske er referatet fjernet eller flyttet.',
  429: 'Der er sendt for mange forespørgsler lige nu. Vent et øjeblik, og prøv igen.',
  503: 'Tjenesten er ikke klar endnu (indekset bygges måske). Prøv igen om lidt.',
};

/** GET (or POST with a body) and parse JSON; throws ApiError on HTTP errors and network failures. */
export async function getJson(path, params = {}, { signal, body } = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, body === undefined
      ? { signal, headers: { Accept: 'application/json' } }
      : { signal, method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError('Der er ingen forbindelse til søgetjenesten. Tjek din netforbindelse, og prøv igen.', 0, null);
  }
  if (!response.ok) {
    let detail = null;
    try {
      const problem = await response.json();
      detail = problem.detail ?? (problem.errors ? Object.values(problem.errors).flat().join(' ') : problem.title) ?? null;
    } catch {
      // Not problem+json: the status alone says enough.
    }
    const message = messages[response.status] ?? 'Der opstod en fejl hos søgetjenesten. Prøv igen om lidt.';
    throw new ApiError(message, response.status, detail);
  }
  return response.json();
}
