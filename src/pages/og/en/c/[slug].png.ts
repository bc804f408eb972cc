/** Share image of a category (en), see features/catalog/share-image-path.ts. */
import { categoryShareRoute } from '../../../../features/catalog/share-image-routes.ts';

const route = categoryShareRoute('en');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
