/** Types of the one function the accessibility test uses (the package ships types its exports map hides). */
declare module "dom-accessibility-api" {
  export function computeAccessibleName(element: Element): string;
}
