/** Share image of a product (nl), see features/catalog/share-image-path.ts. */
import { productShareRoute } from '../../../features/catalog/share-image-routes.ts';

const route = productShareRoute('nl');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
