export interface PrinterStatusView {
  configured: boolean;
  name: string;
  online: boolean;
  paperNearEnd: boolean;
  paperEnd: boolean;
  coverOpen: boolean;
  detail: string;
}
