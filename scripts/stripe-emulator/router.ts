/** A method + path-pattern table (`/v1/payment_intents/:id/confirm`); no framework needed. */

export interface Match<H> {
  handler: H;
  params: Record<string, string>;
}

export class Router<H> {
  readonly #routes: Array<{ method: string; pattern: RegExp; names: string[]; handler: H }> = [];

  add(method: string, path: string, handler: H): this {
    const names: string[] = [];
    const source = path.replace(/:([a-z_]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.#routes.push({ method, pattern: new RegExp(`^${source}/?$`), names, handler });
    return this;
  }

  match(method: string, pathname: string): Match<H> | undefined {
    for (const route of this.#routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]));
      return { handler: route.handler, params };
    }
    return undefined;
  }
}
