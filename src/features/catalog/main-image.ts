/** The product's main image: the first image of its first colour (the catalog's convention). */
export function mainImage<TImage extends { color: string }>(product: {
  colors: readonly { id: string }[];
  images: readonly TImage[];
}): TImage | undefined {
  const first = product.colors[0]?.id;
  return product.images.find((image) => image.color === first) ?? product.images[0];
}
