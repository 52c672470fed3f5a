/** The back office's Stock takes tab. Part of the English messages (en.ts). */
export const stocktakeMessages = {
  stocktake: {
    tab: 'Stock takes',
  },
};
