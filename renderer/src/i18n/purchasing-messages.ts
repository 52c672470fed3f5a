/** The back office's Purchasing tab. Part of the English messages (en.ts). */
export const purchasingMessages = {
  purchasing: {
    tab: 'Purchasing',
  },
};
