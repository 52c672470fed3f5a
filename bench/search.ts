/**
 * `npx tsx bench/search.ts [products]`: only the name search of `npm run bench`, through the
 * router, on a store of 200,000 products unless a count is given (see search-at.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchAt } from './search-at';

const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');

searchAt(Number(process.argv[2] ?? 200_000), RESOURCES)
  .then((lines) => console.log(lines.join('\n')))
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
