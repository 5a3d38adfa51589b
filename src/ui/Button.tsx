import type { ButtonHTMLAttributes } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Stretch to the width of its container (message box buttons). */
  full?: boolean;
}

export const buttonClass =
  'box-border inline-flex min-h-[40px] min-w-[108px] cursor-pointer items-center justify-center border-2 border-chrome bg-transparent px-[14px] py-[4px] font-wp text-wp-medium text-fg no-underline active:border-accent active:bg-accent active:text-on-accent disabled:cursor-default disabled:border-disabled disabled:text-disabled';

/** Metro button: rectangular, 2 px border, the text as given (lower case by convention). */
export function Button({ full = false, className = '', type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={`${buttonClass} ${full ? 'w-full' : ''} ${className}`} {...rest} />;
}
