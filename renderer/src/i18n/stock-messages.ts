/** The back office's Stock tab. Part of the English messages (en.ts). */
export const stockMessages = {
  stock: {
    tab: 'Stock',
  },
};
