import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  Type,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import type { DomainError } from '../common/errors/domain-error';
import type { WebRequest } from './web-context';

/** A form refused: its fields as typed (passwords never), a message per wrong field (`form`: the form as a whole). */
export interface FormFailure {
  fields: Record<string, string>;
  fieldErrors: Record<string, string>;
  /** The refusal of the form as a whole, for forms that show it above the fields. */
  message?: string;
  /** Where a successful form would have gone next (same-site paths only). */
  next: string;
  error: DomainError;
}

/**
 * What a form's page needs besides its fields to be shown again (the suggestions, the product being
 * edited, the cart): a provider of the page's module, called by WebErrorHandler.
 */
export interface FormModel {
  model(failure: FormFailure, req: FormRequest): Promise<Record<string, unknown>>;
}

export interface FormViewOptions {
  /** Builds the page's data from the failure; without one the view gets `{ fields, fieldErrors, message, next }`. */
  model?: Type<FormModel>;
  /** Form field of a DTO path the form does not name as is (`title.en` → `titleEn`); others go under `form`. */
  fieldOf?: Record<string, string>;
}

/** The form a POST handler re-shows, and the fields it echoes back, when its input is refused. */
export interface FormViewSpec extends FormViewOptions {
  view: string;
  fields: readonly string[];
}

const FORM_VIEW = 'hirfa:form-view';

export type FormRequest = WebRequest & { formView?: FormViewSpec };

/** Tells WebErrorHandler, through the request, which form this handler's refusals re-show. */
@Injectable()
export class FormViewInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    context.switchToHttp().getRequest<FormRequest>().formView = this.reflector.get<FormViewSpec>(FORM_VIEW, context.getHandler());
    return next.handle();
  }
}

/**
 * A form whose refused input (the global ValidationPipe's field details, or a service's 4xx refusal
 * of what was typed) is answered with the form again, its fields as typed (passwords never) and the
 * messages where they belong; WebErrorHandler decides this for every form, not each handler.
 */
export function FormView(view: string, fields: readonly string[], options: FormViewOptions = {}): MethodDecorator {
  return applyDecorators(SetMetadata(FORM_VIEW, { view, fields, ...options } satisfies FormViewSpec), UseInterceptors(FormViewInterceptor));
}
