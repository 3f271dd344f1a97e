import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata, UseInterceptors } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import type { WebRequest } from './web-context';

/** The form a POST handler re-shows, and the fields it echoes back, when its input fails validation. */
export interface FormViewSpec {
  view: string;
  fields: readonly string[];
}

const FORM_VIEW = 'hirfa:form-view';

export type FormRequest = WebRequest & { formView?: FormViewSpec };

/** Tells WebErrorHandler, through the request, which form this handler's validation failures re-show. */
@Injectable()
export class FormViewInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    context.switchToHttp().getRequest<FormRequest>().formView = this.reflector.get<FormViewSpec>(FORM_VIEW, context.getHandler());
    return next.handle();
  }
}

/**
 * A form whose invalid input (the global ValidationPipe's VALIDATION_FAILED, with its field details)
 * is answered 422 with the form again, its fields as typed (passwords never) and a message under each
 * wrong one; the error renderer decides this for every form, not each handler.
 */
export function FormView(view: string, fields: readonly string[]): MethodDecorator {
  return applyDecorators(SetMetadata(FORM_VIEW, { view, fields } satisfies FormViewSpec), UseInterceptors(FormViewInterceptor));
}
