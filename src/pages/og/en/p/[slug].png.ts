/** Share image of a product (en), see features/catalog/share-image-path.ts. */
import { productShareRoute } from '../../../../features/catalog/share-image-routes.ts';

const route = productShareRoute('en');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
